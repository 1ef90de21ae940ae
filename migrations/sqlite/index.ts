import * as migration_20261123_104236_initial from './20261123_104236_initial';

export const migrations = [
  {
    up: migration_20261123_104236_initial.up,
    down: migration_20261123_104236_initial.down,
    name: '20261123_104236_initial'
  },
];
