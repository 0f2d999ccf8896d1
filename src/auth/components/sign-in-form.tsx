import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useServices } from '@/app/services';
import { FormField } from '@/ui/form-field';
import { signInFormSchema, type SignInFormValues } from '../sign-in-form-schema';

export function SignInForm({ returnTo }: { returnTo: string | undefined }) {
  const { auth } = useServices();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isSubmitSuccessful },
  } = useForm<SignInFormValues>({
    resolver: zodResolver(signInFormSchema),
    defaultValues: auth.signInDefaults(),
  });

  const onSubmit = handleSubmit((values) =>
    auth.startSignIn(values.regionId, values.clientId, returnTo),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormField label="Region" kind="select" required error={errors.regionId?.message}>
        {(control) => (
          <select {...control} {...register('regionId')}>
            {auth.regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label="OAuth client id"
        required
        error={errors.clientId?.message}
        help={
          auth.config.grant === 'pkce'
            ? "A Code Authorization (PKCE) client of your org, with this page's /auth/callback as its redirect URI."
            : "An implicit-grant (token) client of your org, with this page's /auth/callback as its redirect URI."
        }
      >
        {(control) => (
          <input
            type="text"
            autoComplete="off"
            spellCheck={false}
            {...control}
            {...register('clientId')}
          />
        )}
      </FormField>
      <GuxButtonSlot accent="primary">
        <button type="submit" disabled={isSubmitting || isSubmitSuccessful}>
          {isSubmitSuccessful ? 'Redirecting…' : 'Sign in'}
        </button>
      </GuxButtonSlot>
    </form>
  );
}
