import * as migration_20261124_005452_initial from './20261124_005452_initial';
import * as migration_20261124_220126_redirects from './20261124_220126_redirects';
import * as migration_20261125_022602_editorial_workflow from './20261125_022602_editorial_workflow';
import * as migration_20261201_143503_seo_fields from './20261201_143503_seo_fields';
import * as migration_20261201_192540_listing_index from './20261201_192540_listing_index';
import * as migration_20261201_222816_users_without_lockout from './20261201_222816_users_without_lockout';
import * as migration_20261202_011513_media_storage_fields from './20261202_011513_media_storage_fields';
import * as migration_20261202_011722_wordpress_import from './20261202_011722_wordpress_import';
import * as migration_20261202_111946_listing_slugs from './20261202_111946_listing_slugs';
import * as migration_20261202_115705_listing_year_index from './20261202_115705_listing_year_index';
import * as migration_20261202_122405_listing_covering_indexes from './20261202_122405_listing_covering_indexes';
import * as migration_20261202_123029_listing_year_covering_index from './20261202_123029_listing_year_covering_index';
import * as migration_20261202_153322_listing_indexes_own from './20261202_153322_listing_indexes_own';

export const migrations = [
  {
    up: migration_20261124_005452_initial.up,
    down: migration_20261124_005452_initial.down,
    name: '20261124_005452_initial',
  },
  {
    up: migration_20261124_220126_redirects.up,
    down: migration_20261124_220126_redirects.down,
    name: '20261124_220126_redirects',
  },
  {
    up: migration_20261125_022602_editorial_workflow.up,
    down: migration_20261125_022602_editorial_workflow.down,
    name: '20261125_022602_editorial_workflow',
  },
  {
    up: migration_20261201_143503_seo_fields.up,
    down: migration_20261201_143503_seo_fields.down,
    name: '20261201_143503_seo_fields',
  },
  {
    up: migration_20261201_192540_listing_index.up,
    down: migration_20261201_192540_listing_index.down,
    name: '20261201_192540_listing_index',
  },
  {
    up: migration_20261201_222816_users_without_lockout.up,
    down: migration_20261201_222816_users_without_lockout.down,
    name: '20261201_222816_users_without_lockout',
  },
  {
    up: migration_20261202_011513_media_storage_fields.up,
    down: migration_20261202_011513_media_storage_fields.down,
    name: '20261202_011513_media_storage_fields',
  },
  {
    up: migration_20261202_011722_wordpress_import.up,
    down: migration_20261202_011722_wordpress_import.down,
    name: '20261202_011722_wordpress_import',
  },
  {
    up: migration_20261202_111946_listing_slugs.up,
    down: migration_20261202_111946_listing_slugs.down,
    name: '20261202_111946_listing_slugs',
  },
  {
    up: migration_20261202_115705_listing_year_index.up,
    down: migration_20261202_115705_listing_year_index.down,
    name: '20261202_115705_listing_year_index',
  },
  {
    up: migration_20261202_122405_listing_covering_indexes.up,
    down: migration_20261202_122405_listing_covering_indexes.down,
    name: '20261202_122405_listing_covering_indexes',
  },
  {
    up: migration_20261202_123029_listing_year_covering_index.up,
    down: migration_20261202_123029_listing_year_covering_index.down,
    name: '20261202_123029_listing_year_covering_index',
  },
  {
    up: migration_20261202_153322_listing_indexes_own.up,
    down: migration_20261202_153322_listing_indexes_own.down,
    name: '20261202_153322_listing_indexes_own'
  },
];
