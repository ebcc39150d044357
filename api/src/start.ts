// Entry point of the built API (`npm start`).
import './register-paths';

// Required after the path registration above, which static imports would precede.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require('./main') as typeof import('./main');
main().catch((e: unknown) => {
  console.error('Kompas stopped:', e instanceof Error ? e.message : e);
  process.exit(1);
});
