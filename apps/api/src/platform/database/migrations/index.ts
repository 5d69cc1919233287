import { CreateAccounts1795517647350 } from './1795517647350-CreateAccounts';

/** Every migration, in order. `generate-migration` writes new files; append them here. */
export const MIGRATIONS = [CreateAccounts1795517647350];
