// `npm start`: build once, then serve the standalone quiz from dist/ and print its address.
import { execSync } from 'node:child_process';
import { startServer } from './serve.mjs';

execSync('node scripts/build.mjs', { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 5173);
const { url } = await startServer({ root: 'dist', port });
console.log(`\nstages-quiz is running at ${url}/  (Ctrl+C to stop)`);
console.log(`  Spanish:   ${url}/?lang=es`);
console.log(`  Intake:    ${url}/?questionnaire=intake`);
console.log(`  Clinician: ${url}/?questionnaire=intake&mode=clinician`);
console.log(`  Embeds:    ${url}/examples/`);
