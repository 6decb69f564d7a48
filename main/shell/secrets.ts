import { safeStorage } from 'electron';
import type { SecretStore } from '../mail/secrets';

/** The SMTP password sealed with the OS secret store (Keychain, DPAPI, libsecret); the data file only sees ciphertext. */
export const safeStorageSecrets: SecretStore = {
  available: () => safeStorage.isEncryptionAvailable(),
  seal: (plain) => safeStorage.encryptString(plain).toString('base64'),
  open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
};
