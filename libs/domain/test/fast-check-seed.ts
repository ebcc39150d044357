import fc from 'fast-check';
import { fastCheckSeed } from './fast-check-seed.global';

// Every property of the run starts from the seed printed at the start (fast-check-seed.global.ts).
fc.configureGlobal({ seed: fastCheckSeed() });
