#!/usr/bin/env node
// The `ophis` command (built into ../dist by `npm run build`).
import "../dist/cli.js";
