/** How far a long piece of work has got (a backup, a restore, a key change): a bar with its words beside it. */
export function ProgressBar({ label, fraction, words = label }: { label: string; fraction: number; words?: string }) {
  return (
    <div className="working" role="status">
      <progress className="backup-progress" max={1} value={fraction} aria-label={label} />
      <span>{words}</span>
    </div>
  );
}
