import type { CatalogueProblem } from '../../data/library/catalogue';

/** A resource file with a mistake is named here instead of breaking the library. */
export function CatalogueProblems({ problems }: { problems: CatalogueProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="notification notification--warning" role="region" aria-labelledby="library-problems-title">
      <h2 class="notification__title" id="library-problems-title">
        Some resources could not be shown
      </h2>
      <div class="notification__body">
        <ul>
          {problems.map((p) => (
            <li key={p.file}>
              {p.file}: {p.problem}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
