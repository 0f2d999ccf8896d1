import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '@/api/client';
import type { AuthService } from '@/auth/auth-service';

interface Services {
  api: ApiClient;
  auth: AuthService;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ value, children }: { value: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside ServicesProvider');
  return services;
}
