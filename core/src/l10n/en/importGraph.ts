// English messages of import and graph (see ../en.ts).
export const enImportGraph = {
  'graph.kind.resourceGroup': 'resource group',
  'graph.kind.vpc': 'VPC',
  'graph.kind.vSwitch': 'vSwitch',
  'graph.kind.dataCenter': 'data center',
  'graph.kind.connection': 'connection',
  'graph.kind.natGateway': 'NAT gateway',
  'graph.kind.internet': 'Internet',
  'graph.kind.dataSource': 'data source',
  'graph.kind.group': 'group',
  'graph.status.ok': 'ok',
  'graph.status.broken': 'broken',
  'graph.status.unused': 'unused',
  'graph.nodeSummary': '{kind} {label} ({status})',
  'graph.svg.label': 'dwnet topology diagram',
  'graph.svg.title':
    'dwnet topology: {nodes, plural, one {# node} other {# nodes}}, {pairs, plural, one {# pair} other {# pairs}}, {broken} broken',
  'graph.legend.ok': 'on a path that connects',
  'graph.legend.broken': 'broken, up to the hop that fails',
  'graph.legend.unused': 'no task uses it',
  'graph.legend.missing': 'a missing hop, labelled with the missing step',
  'graph.unresolved.schema': "Complete the data source's network (schema error)",
  'graph.unresolved.reference': 'Fix the unknown reference of this pair',
  'import.collection.accounts': '{count, plural, one {# account} other {# accounts}}',
  'import.collection.vpcs': '{count, plural, one {# VPC} other {# VPCs}}',
  'import.collection.vSwitches': '{count, plural, one {# vSwitch} other {# vSwitches}}',
  'import.collection.natGateways': '{count, plural, one {# NAT gateway} other {# NAT gateways}}',
  'import.collection.dataCenters': '{count, plural, one {# data center} other {# data centers}}',
  'import.collection.connections': '{count, plural, one {# connection} other {# connections}}',
  'import.collection.securityGroups':
    '{count, plural, one {# security group} other {# security groups}}',
  'import.collection.resourceGroups':
    '{count, plural, one {# resource group} other {# resource groups}}',
  'import.collection.dataSources': '{count, plural, one {# data source} other {# data sources}}',
  'import.collection.tasks': '{count, plural, one {# task} other {# tasks}}',
  'import.summary.imported': 'imported {entities} from {what}',
  'import.summary.importedNothing': 'imported nothing from {what}',
  'import.summary.skippedTerraform':
    'skipped {total} {total, plural, one {resource} other {resources}} of types with no dwnet meaning: {types}',
  'import.summary.skippedAliyun':
    'skipped {total} {total, plural, one {record} other {records}} with no dwnet meaning: {types}',
  'import.summary.unresolved':
    '{count, plural, one {# value} other {# values}} not known statically (see the "// unresolved:" comments and the notes below)',
  'import.summary.afterApply':
    '{count, plural, one {# value} other {# values}} known only after apply, written as $\\{origin\\} (dwnet check says which steps wait for apply)',
  'import.note.unresolved': 'unresolved: {text}',
  'import.note.warning': 'warning: {text}',
  'import.header':
    'Imported by `{command}` (dwnet {version}).\nAdd your tasks, then run `dwnet check`. Re-import with --merge <this file> to refresh\nwhat came from the source; what you add by hand is kept.',
  'graph.more': '… and {count} more',
} as const satisfies Record<string, string>;
