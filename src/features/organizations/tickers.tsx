import { useFieldArray, useFormContext } from 'react-hook-form';
import * as z from 'zod/mini';
import type { ExternalOrganization } from '@/models/organization-fields';
import type { FormExtension } from '@/record-kit/form/record-form-values';
import { errorAt } from '@/ui/forms/error-at';
import { FormField } from '@/ui/form-field';
import { ActionButton } from '@/ui/action-button';

const tickerRow = z
  .object({
    symbol: z
      .string()
      .check(z.trim(), z.maxLength(255, 'Ticker symbol must be at most 255 characters.')),
    exchange: z
      .string()
      .check(z.trim(), z.maxLength(255, 'Ticker exchange must be at most 255 characters.')),
  })
  .check(
    z.superRefine((ticker, context) => {
      // A half-filled row is a mistake; an empty one is ignored.
      if (ticker.symbol && !ticker.exchange)
        context.addIssue({
          code: 'custom',
          path: ['exchange'],
          message: 'Ticker exchange is required.',
        });
      if (ticker.exchange && !ticker.symbol)
        context.addIssue({
          code: 'custom',
          path: ['symbol'],
          message: 'Ticker symbol is required.',
        });
    }),
  );

type TickerRow = z.output<typeof tickerRow>;

/** An organization's stock tickers: rows of symbol and exchange, edited as a list. */
export const tickersExtension: FormExtension<ExternalOrganization> = {
  writeKeys: ['tickers'],
  shape: { tickers: z.array(tickerRow) },
  defaults: (organization) => ({
    tickers: (organization?.tickers ?? []).map((ticker) => ({
      symbol: ticker.symbol ?? '',
      exchange: ticker.exchange ?? '',
    })),
  }),
  applyBody: (body, values) => {
    const rows = ((values.tickers ?? []) as TickerRow[]).filter(
      (ticker) => ticker.symbol && ticker.exchange,
    );
    body.tickers = rows.length > 0 ? rows : undefined;
  },
  fieldFor: (apiFieldName) => {
    const ticker = /^tickers(?:\[(\d+)\]|\.(\d+))\.(symbol|exchange)$/.exec(apiFieldName);
    return ticker ? `tickers.${Number(ticker[1] ?? ticker[2])}.${ticker[3]}` : null;
  },
};

export function TickersInputs() {
  const { control, register, formState } = useFormContext<{ tickers: TickerRow[] }>();
  const tickers = useFieldArray({ control, name: 'tickers' });
  const input = (name: `tickers.${number}.${'symbol' | 'exchange'}`, label: string) => (
    <FormField label={label} error={errorAt(formState.errors, name)}>
      {(field) => <input type="text" autoComplete="off" {...field} {...register(name)} />}
    </FormField>
  );
  return (
    <>
      {tickers.fields.map((field, index) => (
        <div key={field.id} className="ticker-row">
          {input(`tickers.${index}.symbol`, `Ticker ${index + 1} symbol`)}
          {input(`tickers.${index}.exchange`, `Ticker ${index + 1} exchange`)}
          <ActionButton accent="ghost" onClick={() => tickers.remove(index)}>
            Remove ticker {index + 1}
          </ActionButton>
        </div>
      ))}
      <ActionButton onClick={() => tickers.append({ symbol: '', exchange: '' })}>
        Add ticker
      </ActionButton>
    </>
  );
}
