import { screenWaitBench, renderScreenWaits } from '/work/wt/s4user/test/perf/bench/screenWaitBench';
import os from 'node:os';
const t = performance.now();
const r = await screenWaitBench(process.argv[2]!, Number(process.argv[3] ?? 20));
console.log(renderScreenWaits('L', r, process.resourceUsage().maxRSS / 1024));
console.log('total s', Math.round((performance.now() - t) / 1000), 'load', os.loadavg().map((x) => x.toFixed(2)).join(' / '));
