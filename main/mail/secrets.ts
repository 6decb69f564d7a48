/**
 * Where the SMTP password lives. The desktop shell passes one backed by Electron's safeStorage (the OS
 * keychain / DPAPI / libsecret); only its ciphertext reaches the data file. Browser mode has none and
 * reads SAMSPIL_SMTP_PASSWORD from the environment instead.
 */
export interface SecretStore {
  available(): boolean;
  /** Plain text in, base64 ciphertext out. */
  seal(plain: string): string;
  open(sealed: string): string;
}

export const PASSWORD_ENV = 'SAMSPIL_SMTP_PASSWORD';
