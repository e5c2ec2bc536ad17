import * as argon2 from 'argon2';

/**
 * argon2id with the library's defaults (64 MiB, 3 passes, parallelism 4: the OWASP minimum or above).
 * The PHC string carries its own salt and parameters, so they can be raised later without a migration.
 */
export const passwordHasher = {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  },
  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  },
};

/** Verified against when the username is unknown, so both cases take the same time. */
export const DUMMY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$rUA7MTdHQlsVl4upxVZobg$yADLqlUSqV/cKwOxb/ccxvDqeH4dYepEmyk68gifWd0';
