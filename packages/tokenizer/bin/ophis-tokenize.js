#!/usr/bin/env node
// The `ophis-tokenize` command: `python -m tokenize` for Ophis (built into ../dist by `npm run build`).
import "../dist/cli.js";
