#!/usr/bin/env node
// The `ophis-ast` command: `python -m ast` for Ophis (built into ../dist by `npm run build`).
import "../dist/cli.js";
