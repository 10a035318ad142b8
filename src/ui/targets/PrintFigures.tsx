import { TARGET_INPUT_GROUPS, type InputKey, type TargetNumbers } from '../../domain/targets-form';
import { inputText } from './input-text';
import { sourceLabel, type FieldSource } from './targets-state';

/**
 * The figures behind the plan as one compact table. Shown only on paper, where the form's
 * fields would take a page of their own.
 */
export function PrintFigures({ inputs, sources }: { inputs: TargetNumbers; sources: Record<InputKey, FieldSource> }) {
  return (
    <section class="targets-print-only" aria-labelledby="targets-print-figures">
      <h2 id="targets-print-figures">Figures used</h2>
      <table class="table targets-print-figures">
        <tbody>
          {TARGET_INPUT_GROUPS.flatMap((group) =>
            group.inputs.map((input, i) => (
              <tr key={input.key}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={group.inputs.length}>
                    {group.title}
                  </th>
                )}
                <th scope="row">{input.label}</th>
                <td class="numeric">{inputText(input.key, inputs[input.key])}</td>
                <td>{sourceLabel(sources[input.key])}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  );
}
