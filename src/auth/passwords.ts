import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (19 MiB, 2 passes: the OWASP baseline). */
export const hashPassword = (password: string): Promise<string> => hash(password);

// Verified when the username is unknown, so a wrong username costs as long as a wrong password.
const UNKNOWN_USER_HASH = '$argon2id$v=19$m=19456,t=2,p=1$tFNa7p8JpDsH6isNLlPXcw$gEDDOvQrd4BTGRBeDKotOsl7UVg9g79UrqYXG2g+x94';

export async function passwordMatches(password: string, passwordHash: string | undefined): Promise<boolean> {
  const matches = await verify(passwordHash ?? UNKNOWN_USER_HASH, password).catch(() => false);
  return matches && passwordHash !== undefined;
}
