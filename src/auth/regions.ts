/**
 * Genesys Cloud regions (PureCloudRegionHosts of the official SDKs) plus the local sandbox.
 * A region gives two hosts: `login.<domain>` for OAuth and `api.<domain>` for the API.
 */
export interface Region {
  id: string;
  label: string;
  loginBase: string;
  apiBase: string;
}

const cloudRegions: ReadonlyArray<readonly [id: string, label: string, domain: string]> = [
  ['us_east_1', 'Americas (US East)', 'mypurecloud.com'],
  ['us_east_2', 'Americas (US East 2, FedRAMP)', 'use2.us-gov-pure.cloud'],
  ['us_west_2', 'Americas (US West)', 'usw2.pure.cloud'],
  ['ca_central_1', 'Americas (Canada)', 'cac1.pure.cloud'],
  ['sa_east_1', 'Americas (São Paulo)', 'sae1.pure.cloud'],
  ['mx_central_1', 'Americas (Mexico)', 'mxc1.pure.cloud'],
  ['eu_west_1', 'EMEA (Dublin)', 'mypurecloud.ie'],
  ['eu_west_2', 'EMEA (London)', 'euw2.pure.cloud'],
  ['eu_central_1', 'EMEA (Frankfurt)', 'mypurecloud.de'],
  ['eu_central_2', 'EMEA (Zurich)', 'euc2.pure.cloud'],
  ['me_central_1', 'EMEA (UAE)', 'mec1.pure.cloud'],
  ['eusc_de_east_1', 'EMEA (EU Sovereign Cloud)', 'edee1.eusc-pure.cloud'],
  ['ap_southeast_2', 'Asia Pacific (Sydney)', 'mypurecloud.com.au'],
  ['ap_northeast_1', 'Asia Pacific (Tokyo)', 'mypurecloud.jp'],
  ['ap_northeast_2', 'Asia Pacific (Seoul)', 'apne2.pure.cloud'],
  ['ap_northeast_3', 'Asia Pacific (Osaka)', 'apne3.pure.cloud'],
  ['ap_south_1', 'Asia Pacific (Mumbai)', 'aps1.pure.cloud'],
  ['ap_southeast_1', 'Asia Pacific (Jakarta)', 'apse1.pure.cloud'],
];

export const SANDBOX_REGION_ID = 'sandbox';

export function listRegions(sandboxUrl: string): Region[] {
  const sandbox = trimSlash(sandboxUrl);
  return [
    { id: SANDBOX_REGION_ID, label: 'Local sandbox', loginBase: sandbox, apiBase: sandbox },
    ...cloudRegions.map(([id, label, domain]) => ({
      id,
      label: `${label} — ${domain}`,
      loginBase: `https://login.${domain}`,
      apiBase: `https://api.${domain}`,
    })),
  ];
}

export function findRegion(regions: Region[], id: string): Region | undefined {
  return regions.find((region) => region.id === id);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
