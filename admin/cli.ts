/** The admin tool's entry point: `node --import tsx admin/cli.ts <command>` (npm run admin). */
import { runAdmin } from './admin';
import { processIo } from './admin-io';

process.exitCode = await runAdmin(process.argv.slice(2), processIo());
