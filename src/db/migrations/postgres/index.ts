import * as migration_20261126_143605_initial from './20261126_143605_initial';

export const migrations = [
  {
    up: migration_20261126_143605_initial.up,
    down: migration_20261126_143605_initial.down,
    name: '20261126_143605_initial'
  },
];
