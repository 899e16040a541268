// Alibaba Cloud region ids known to dwnet (SPEC §2, from the public Terraform provider's list).
export const KNOWN_REGIONS: readonly string[] = [
  'cn-hangzhou', 'cn-qingdao', 'cn-beijing', 'cn-zhangjiakou', 'cn-huhehaote', 'cn-wulanchabu',
  'cn-shanghai', 'cn-nanjing', 'cn-fuzhou', 'cn-shenzhen', 'cn-heyuan', 'cn-guangzhou', 'cn-chengdu',
  'cn-hongkong', 'cn-wuhan-lr', 'cn-zhongwei', 'cn-north-2-gov-1', 'cn-shanghai-finance-1',
  'cn-shenzhen-finance-1', 'cn-beijing-finance-1', 'cn-hangzhou-finance', 'ap-northeast-1',
  'ap-northeast-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-5',
  'ap-southeast-6', 'ap-southeast-7', 'ap-southeast-8', 'ap-south-1', 'us-west-1', 'us-east-1',
  'us-southeast-1', 'na-south-1', 'eu-central-1', 'eu-west-1', 'rus-west-1', 'me-east-1',
  'me-central-1',
];

export const KNOWN_REGION_SET: ReadonlySet<string> = new Set(KNOWN_REGIONS);
