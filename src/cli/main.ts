#!/usr/bin/env node
// Entry of the `roadmap-kit` command.
export {};
