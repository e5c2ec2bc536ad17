import { Initial1795737711912 } from './1795737711912-initial';

/** Every migration in order. Listed explicitly so jest, the CLI and the compiled app run the same set. */
export const MIGRATIONS: Function[] = [Initial1795737711912];
