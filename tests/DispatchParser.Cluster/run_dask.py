#!/usr/bin/python3
"""Runs `dispatch jsonl` on a real Dask distributed cluster on this machine.

Starts a scheduler and two workers on 127.0.0.1 (each its own process, `dask-scheduler` and
`dask-worker --no-nanny`, so killing a worker kills it for good), splits a JSON Lines crawl into
partitions, and runs one task per partition: the task pipes the partition's lines through
`dispatch jsonl` as a subprocess and returns its standard output. The results are written in
partition order, so the output has the input's lines in the input's order.

The contract this relies on is the one of Spark's `RDD.pipe` and Hadoop Streaming (see the README):
one line in, one line out, in order; a bad record gives an error record, never a non-zero exit
code; logs go to standard error. A task checks the first two (same number of lines out as in, exit
code 0) and fails otherwise, so a broken contract cannot pass as a lost or doubled record.

With --kill-worker, one worker is killed (SIGKILL) once a quarter of the partitions are done and
while the scheduler shows it processing tasks; Dask then reruns the tasks that were on it (its
running tasks and the results it held) on the other worker. The run summary (JSON, on standard
output) records which worker was killed and how many tasks it had at that moment.

Exit codes: 0 done, 1 a task or the cluster failed, 77 Dask (Debian's python3-distributed) is missing.

usage: run_dask.py --dispatch 'dotnet /path/dispatch.dll' --input crawl.jsonl --output out.jsonl
                   [--partitions 24] [--kill-worker] [--task-delay SECONDS] [--work-dir DIR]
"""
import argparse
import json
import os
import pathlib
import shlex
import signal
import subprocess
import sys
import tempfile
import time

try:
    from distributed import Client, as_completed
except ImportError:
    print("run_dask.py: Dask distributed is not installed (Debian: apt-get install python3-distributed)", file=sys.stderr)
    sys.exit(77)


def log(message):
    print(f"run_dask.py: {message}", file=sys.stderr, flush=True)


def run_partition(command, lines, delay):
    """One task: the partition's lines through `dispatch jsonl`; its output lines, exactly as many as went in."""
    data = b"".join(lines)
    if delay:
        time.sleep(delay)  # gives a kill the time to land while tasks run
    done = subprocess.run(command + ["jsonl", "--jobs", "1"], input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"dispatch jsonl exited {done.returncode}: {done.stderr.decode(errors='replace')[-500:]}")
    out = done.stdout.splitlines(keepends=True)
    if len(out) != len(lines):
        raise RuntimeError(f"dispatch jsonl wrote {len(out)} lines for {len(lines)}")
    return out


def partitions_of(path, count):
    """The crawl's lines in `count` contiguous partitions (the last line gets its newline if it lacks one)."""
    lines = pathlib.Path(path).read_bytes().splitlines(keepends=True)
    lines = [line if line.endswith(b"\n") else line + b"\n" for line in lines]
    size = max(1, -(-len(lines) // count))
    return [lines[i:i + size] for i in range(0, len(lines), size)]


def start(argv, log_path):
    log_file = open(log_path, "wb")
    return subprocess.Popen(argv, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True)


def wait_for(predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise TimeoutError(f"timed out after {seconds} s waiting for {what}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dispatch", required=True, help="the dispatch command, e.g. 'dotnet src/.../dispatch.dll'")
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--partitions", type=int, default=24)
    parser.add_argument("--kill-worker", action="store_true")
    parser.add_argument("--task-delay", type=float, default=0.0)
    parser.add_argument("--work-dir")
    args = parser.parse_args()

    command = shlex.split(args.dispatch)
    work = pathlib.Path(args.work_dir or tempfile.mkdtemp(prefix="dispatch-dask-"))
    work.mkdir(parents=True, exist_ok=True)
    scheduler_file = work / "scheduler.json"
    processes = []
    summary = {"partitions": 0, "lines": 0, "killed": None}
    try:
        processes.append(start([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
                                "--no-dashboard", "--scheduler-file", str(scheduler_file)], work / "scheduler.log"))
        wait_for(scheduler_file.exists, 120, "the scheduler")
        workers = {}
        for name in ("worker-a", "worker-b"):
            workers[name] = start([sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file", str(scheduler_file),
                                   "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny", "--name", name,
                                   "--local-directory", str(work / name), "--no-dashboard"], work / f"{name}.log")
            processes.append(workers[name])
        client = Client(scheduler_file=str(scheduler_file), timeout="120s")
        client.wait_for_workers(2, timeout=120)
        log(f"scheduler {client.scheduler.address}, workers {sorted(client.scheduler_info()['workers'])}")

        parts = partitions_of(args.input, args.partitions)
        summary["partitions"] = len(parts)
        summary["lines"] = sum(len(part) for part in parts)
        # pure=False: each partition is its own task even if two partitions hold the same bytes.
        futures = [client.submit(run_partition, command, part, args.task_delay, key=f"partition-{i}", pure=False)
                   for i, part in enumerate(parts)]
        index = {future.key: i for i, future in enumerate(futures)}
        results = [None] * len(futures)
        done = 0
        for future in as_completed(futures):
            results[index[future.key]] = future.result()
            done += 1
            if args.kill_worker and summary["killed"] is None and done >= max(1, len(futures) // 4):
                summary["killed"] = kill_a_busy_worker(client, workers)
        if args.kill_worker and summary["killed"] is None:
            raise RuntimeError("no worker was busy when the kill was due: nothing was tested")
        summary["workers_at_end"] = len(client.scheduler_info()["workers"])
        with open(args.output, "wb") as output:
            for part in results:
                output.writelines(part)
        client.close()
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
    print(json.dumps(summary), flush=True)
    return 0


def kill_a_busy_worker(client, workers):
    """SIGKILLs a worker the scheduler shows processing at least one task; what it had then, for the summary."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        processing = client.processing()
        info = client.scheduler_info()["workers"]
        for address, keys in processing.items():
            name = info.get(address, {}).get("name")
            if keys and name in workers:
                workers[name].send_signal(signal.SIGKILL)
                workers[name].wait(timeout=30)
                log(f"killed {name} ({address}) while it had {len(keys)} task(s) assigned (running or queued on it)")
                return {"name": name, "processing": len(keys)}
        time.sleep(0.05)
    return None


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as error:  # one line, as every front end of this repository reports a failure
        log(f"failed: {type(error).__name__}: {error}")
        sys.exit(1)
