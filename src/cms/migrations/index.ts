import * as migration_20261124_005452_initial from './20261124_005452_initial';

export const migrations = [
  {
    up: migration_20261124_005452_initial.up,
    down: migration_20261124_005452_initial.down,
    name: '20261124_005452_initial'
  },
];
