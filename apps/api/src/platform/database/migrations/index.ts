import { CreateAccounts1795517647350 } from './1795517647350-CreateAccounts';
import { CreateFilings1795521641476 } from './1795521641476-CreateFilings';
import { CreateStoredFiles1795547295004 } from './1795547295004-CreateStoredFiles';
import { ImportedFilings1795547813935 } from './1795547813935-ImportedFilings';
import { CreateNotifications1795548082777 } from './1795548082777-CreateNotifications';
import { FilingListIndexes1795548833739 } from './1795548833739-FilingListIndexes';
import { CreateMemberProfiles1795549887543 } from './1795549887543-CreateMemberProfiles';
import { JobsAndPreferences1795550299955 } from './1795550299955-JobsAndPreferences';
import { CreateAnnouncements1795550721205 } from './1795550721205-CreateAnnouncements';
import { CreateOpportunities1795551075154 } from './1795551075154-CreateOpportunities';
import { DirectoryOrderIndex1795551861791 } from './1795551861791-DirectoryOrderIndex';
import { DirectorySearchBigrams1796109866512 } from './1796109866512-DirectorySearchBigrams';
import { CreateCalendarFeeds1796110477555 } from './1796110477555-CreateCalendarFeeds';
import { OneOpenFilingPerOwner1796500000000 } from './1796500000000-OneOpenFilingPerOwner';
import { RefreshGraceWindow1796500000001 } from './1796500000001-RefreshGraceWindow';
import { NotificationMessages1796600000000 } from './1796600000000-NotificationMessages';
import { DemoRecords1796600000001 } from './1796600000001-DemoRecords';
import { SearchDocuments1796600000002 } from './1796600000002-SearchDocuments';
import { CaseLibrary1796700000000 } from './1796700000000-CaseLibrary';
import { SearchTitleTerms1796700000001 } from './1796700000001-SearchTitleTerms';
import { CreateChannels1796700000002 } from './1796700000002-CreateChannels';
import { ChannelConversations1796700000003 } from './1796700000003-ChannelConversations';
import { Consultations1796700000004 } from './1796700000004-Consultations';
import { WiderContentType1796700000005 } from './1796700000005-WiderContentType';
import { StatisticsChanges1796700000006 } from './1796700000006-StatisticsChanges';
import { FilingFacets1796700000007 } from './1796700000007-FilingFacets';

/** Every migration, in order. `generate-migration` writes new files; append them here. */
export const MIGRATIONS = [
  CreateAccounts1795517647350,
  CreateFilings1795521641476,
  CreateStoredFiles1795547295004,
  ImportedFilings1795547813935,
  CreateNotifications1795548082777,
  FilingListIndexes1795548833739,
  CreateMemberProfiles1795549887543,
  JobsAndPreferences1795550299955,
  CreateAnnouncements1795550721205,
  CreateOpportunities1795551075154,
  DirectoryOrderIndex1795551861791,
  DirectorySearchBigrams1796109866512,
  CreateCalendarFeeds1796110477555,
  OneOpenFilingPerOwner1796500000000,
  RefreshGraceWindow1796500000001,
  NotificationMessages1796600000000,
  DemoRecords1796600000001,
  SearchDocuments1796600000002,
  CaseLibrary1796700000000,
  SearchTitleTerms1796700000001,
  CreateChannels1796700000002,
  ChannelConversations1796700000003,
  Consultations1796700000004,
  WiderContentType1796700000005,
  StatisticsChanges1796700000006,
  FilingFacets1796700000007,
];
