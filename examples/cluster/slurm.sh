#!/usr/bin/env bash
# Run a metadesign batch plan as a Slurm job array: one shard per array task, then one merge.
#
#   sbatch --array=0-15 examples/cluster/slurm.sh plan.yaml results/
#   # when every task has finished (or chain it: sbatch --dependency=afterok:<jobid> …):
#   metadesign batch merge results/shard-*.jsonl -o results/results.jsonl
#   metadesign report results/results.jsonl -o results/report.html
#
# How it fits together:
# - Slurm numbers the tasks 0..N-1 ($SLURM_ARRAY_TASK_ID) and tells each how many there are
#   ($SLURM_ARRAY_TASK_COUNT); `--shard I/N` takes the combinations with index % N == I, so
#   the shards are disjoint, cover the plan, and are the same on every machine.
# - Each task writes its own stream, results/shard-I.jsonl, to a shared filesystem. If a task
#   is preempted, killed or times out, `--requeue` (below) or a resubmission of that index
#   reruns the same command, which resumes the shard: finished combinations are not redone.
# - `batch merge` refuses to write until every combination is present exactly once and all
#   shards ran the same plan (same plan sha256: same plan content, models and settings).
# - Use --jobs to match --cpus-per-task: each job is one thread with its own GLPK problem.
#
#SBATCH --job-name=metadesign-batch
#SBATCH --cpus-per-task=2
#SBATCH --mem=4G
#SBATCH --time=02:00:00
#SBATCH --requeue
#SBATCH --output=metadesign-%A_%a.log
set -euo pipefail

plan=${1:?usage: sbatch --array=0-N examples/cluster/slurm.sh PLAN OUTPUT_FOLDER}
out=${2:-results}
index=${SLURM_ARRAY_TASK_ID:?submit with sbatch --array=0-N}
count=${SLURM_ARRAY_TASK_COUNT:?submit with sbatch --array=0-N}
mkdir -p "$out"

# Check the plan before spending compute (every problem is listed at once).
metadesign batch validate "$plan" > /dev/null

exec metadesign batch run "$plan" \
  -o "$out/shard-$index.jsonl" \
  --shard "$index/$count" \
  --jobs "${SLURM_CPUS_PER_TASK:-1}" \
  --no-progress
