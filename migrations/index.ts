import { Initial1795737711912 } from './1795737711912-initial';
import { RecomputePipeline1795738940129 } from './1795738940129-recompute-pipeline';
import { TalentMatchState1795742304891 } from './1795742304891-talent-match-state';
import { DebounceMaxWait1795744872214 } from './1795744872214-debounce-max-wait';
import { AccessControl1795748325672 } from './1795748325672-access-control';
import { RecomputeQuarantine1795760000000 } from './1795760000000-recompute-quarantine';
import { TalentExpectedSalary1795770000000 } from './1795770000000-talent-expected-salary';
import { IncrementalLists1795780000000 } from './1795780000000-incremental-lists';
import { Policies1795790000000 } from './1795790000000-policies';
import { HiringPipeline1795800000000 } from './1795800000000-hiring-pipeline';

/** Every migration in order. Listed explicitly so jest, the CLI and the compiled app run the same set. */
export const MIGRATIONS: Function[] = [Initial1795737711912, RecomputePipeline1795738940129, TalentMatchState1795742304891, DebounceMaxWait1795744872214, AccessControl1795748325672, RecomputeQuarantine1795760000000, TalentExpectedSalary1795770000000, IncrementalLists1795780000000, Policies1795790000000, HiringPipeline1795800000000];
