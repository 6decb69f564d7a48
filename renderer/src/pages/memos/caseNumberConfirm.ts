import { ApiClientError } from '../../api/client';

/** Saves; if another memo of the year has the case number, asks the user and saves again with the confirmation. */
export async function saveConfirmingCaseNumber<T>(save: (confirmed: boolean) => Promise<T>): Promise<T> {
  try {
    return await save(false);
  } catch (err) {
    const duplicate = err instanceof ApiClientError && err.apiError.code === 'CONFLICT' && err.apiError.fieldErrors?.caseNumber;
    if (duplicate && window.confirm(err.apiError.message)) return save(true);
    throw err;
  }
}
