#!/usr/bin/env node
// Entry of the `roadmap-kit` command.
import { createNodeIo } from './cliIo.js';
import { runCli } from './runCli.js';

// `roadmap-kit inspect ROADMAP.md | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), createNodeIo());
