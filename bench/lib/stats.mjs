// @ts-check
/*
 * Small helpers shared by the benchmark parts: medians, process memory read from /proc, and text
 * tables. Figures are only ever printed; nothing here asserts on a time.
 */
import { readFileSync } from 'node:fs';

/**
 * Median of a non-empty list (the mean of the two middle values for an even count).
 * @param {number[]} values
 */
export function median(values) {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Rounds for display without trailing noise.
 * @param {number} value
 * @param {number} [digits]
 */
export function round(value, digits = 2) {
	if (!Number.isFinite(value)) return value;
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}

/**
 * Peak and current memory of one process from /proc/<pid>/status, in MiB; undefined once the
 * process is gone (or on systems without /proc).
 * @param {number} pid
 * @returns {{hwmMiB: number, rssMiB: number} | undefined}
 */
export function readProcMemory(pid) {
	let text;
	try {
		text = readFileSync(`/proc/${pid}/status`, 'utf8');
	} catch {
		return undefined;
	}
	const kib = (/** @type {string} */ name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? Number.NaN);
	return { hwmMiB: kib('VmHWM') / 1024, rssMiB: kib('VmRSS') / 1024 };
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux whatever the kernel's HZ). */
const USER_HZ = 100;

/**
 * CPU time (user + system, all threads) a process has used so far, in milliseconds; undefined
 * once it is gone.
 * @param {number} pid
 */
export function readProcCpuMs(pid) {
	let text;
	try {
		text = readFileSync(`/proc/${pid}/stat`, 'utf8');
	} catch {
		return undefined;
	}
	// The command name may contain spaces; fields are counted after its closing parenthesis.
	const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
	const ticks = Number(fields[11]) + Number(fields[12]);
	return Number.isFinite(ticks) ? (ticks * 1000) / USER_HZ : undefined;
}

/**
 * Samples a process every `everyMs` until stop(): its memory and its CPU time. VmHWM is the
 * kernel's own high-water mark of the resident set, so the last sample taken before the process
 * exits holds the true peak even if it was reached between two samples; the largest VmRSS seen
 * is kept too, as a cross-check. CPU samples carry their wall-clock time, so the CPU a process
 * spent within any window of its run can be read back (cpuBetween).
 * @param {number} [everyMs]
 */
export function processSampler(everyMs = 50) {
	/** @type {number | undefined} */
	let pid;
	let hwmMiB = 0;
	let rssMiB = 0;
	/** @type {Array<{at: number, cpuMs: number}>} */
	const cpu = [];
	const take = () => {
		if (pid === undefined) return;
		const at = Date.now();
		const m = readProcMemory(pid);
		const c = readProcCpuMs(pid);
		if (m && Number.isFinite(m.hwmMiB)) hwmMiB = Math.max(hwmMiB, m.hwmMiB);
		if (m && Number.isFinite(m.rssMiB)) rssMiB = Math.max(rssMiB, m.rssMiB);
		if (c !== undefined) cpu.push({ at, cpuMs: c });
	};
	const timer = setInterval(take, everyMs);
	/** CPU time at wall-clock time `t`, interpolated between the samples around it. */
	const cpuAt = (/** @type {number} */ t) => {
		if (cpu.length === 0 || t < cpu[0].at || t > cpu[cpu.length - 1].at) return Number.NaN;
		let i = 1;
		while (i < cpu.length - 1 && cpu[i].at < t) i++;
		const a = cpu[i - 1];
		const b = cpu[i];
		return b.at === a.at ? b.cpuMs : a.cpuMs + ((b.cpuMs - a.cpuMs) * (t - a.at)) / (b.at - a.at);
	};
	return {
		/** @param {number} id */
		watch(id) {
			pid = id;
			take();
		},
		stop() {
			clearInterval(timer);
			return { peakHwmMiB: hwmMiB, peakRssMiB: rssMiB, samples: cpu.length };
		},
		/**
		 * CPU milliseconds the process used between two wall-clock times (NaN outside the samples).
		 * @param {number} from @param {number} to
		 */
		cpuBetween(from, to) {
			return cpuAt(to) - cpuAt(from);
		},
	};
}

/** Idle and total CPU time of the whole machine so far (jiffies, all cores), from /proc/stat. */
function machineCpuTimes() {
	const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
	// cpu user nice system idle iowait irq softirq steal guest guest_nice (guest is inside user)
	const f = line.trim().split(/\s+/).slice(1, 9).map(Number);
	return { idle: f[3] + f[4], total: f.reduce((a, b) => a + b, 0) };
}

/**
 * Share of the machine's CPU time (all cores) that was idle over the next `ms` milliseconds.
 * @param {number} [ms]
 */
export async function machineIdleShare(ms = 1000) {
	const a = machineCpuTimes();
	await new Promise((resolve) => setTimeout(resolve, ms));
	const b = machineCpuTimes();
	return b.total > a.total ? (b.idle - a.idle) / (b.total - a.total) : 1;
}

/**
 * Waits until the machine is at least `minShare` idle over one second, or `maxWaitMs` has
 * passed, so that a timed run does not start in the middle of someone else's burst of work.
 * @param {number} minShare  0 returns after the first measurement
 * @param {number} maxWaitMs
 * @returns {Promise<{idleShare: number, waitedMs: number}>}
 */
export async function waitForIdle(minShare, maxWaitMs) {
	const started = Date.now();
	for (;;) {
		const idleShare = await machineIdleShare(1000);
		if (idleShare >= minShare || Date.now() - started >= maxWaitMs) return { idleShare, waitedMs: Date.now() - started };
	}
}

/**
 * Renders rows as an aligned text table; numbers are right-aligned.
 * @param {string[]} header
 * @param {Array<Array<string | number>>} rows
 */
export function table(header, rows) {
	const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : c)))];
	const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
	const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || /^[-+]?[\d.,]+( ?[a-zµ/%×]+)?$/i.test(String(r[i]))));
	const line = (/** @type {Array<string | number>} */ r) =>
		r.map((c, i) => (numeric[i] ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
