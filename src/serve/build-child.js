// A child process starts without tsx's loader; register it, then run the TypeScript build.
import { register } from 'tsx/esm/api';

register();
await import('./build-child.ts');
