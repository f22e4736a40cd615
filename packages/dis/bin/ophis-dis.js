#!/usr/bin/env node
// The `ophis-dis` command: `python -m dis` for Ophis (built into ../dist by `npm run build`).
import "../dist/cli.js";
