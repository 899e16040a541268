// A small topology with every kind of entity, valid against schemas/dwnet.schema.json, that
// the walk on rows (core/src/schemaRows.ts) checks once, before the first document. V8
// compiles the walk's functions with what they have seen so far: a large topology's first
// entities (its VPCs) take other paths than its bulk (data sources, tasks), so the walk's
// optimised code met paths it had never seen and was thrown away and compiled again
// ("insufficient type feedback"), while the checks ran unoptimised; after this walk every
// path has been seen. core/test/schemaRows.test.ts holds it valid (else it would stop early).
export const WARM_UP_TOPOLOGY = `{
  "$schema": "../schemas/dwnet.schema.json",
  "version": 1,
  "defaults": { "account": "main", "region": "cn-hangzhou" },
  "accounts": { "main": { "uid": "1234567890123456" } },
  "vpcs": {
    "vpc-a": {
      "account": "main",
      "region": "cn-hangzhou",
      "cidr": "10.0.0.0/16",
      "secondaryCidrs": ["10.1.0.0/16"],
      "vSwitches": { "vsw-a": { "zone": "zone-a", "cidr": "10.0.0.0/24" } },
      "natGateways": {
        "ngw-a": {
          "vSwitch": "vsw-a",
          "eips": ["47.0.0.1"],
          "snatEntries": [{ "source": "vsw-a", "eip": "47.0.0.1" }]
        }
      }
    }
  },
  "dataCenters": { "idc-a": { "cidrs": ["192.168.0.0/24"] } },
  "connections": { "cen-a": { "type": "cen", "members": ["vpc-a", "idc-a"] } },
  "securityGroups": {
    "sg-a": {
      "vpc": "vpc-a",
      "type": "advanced",
      "rules": [
        { "direction": "ingress", "protocol": "tcp", "cidr": "10.0.0.0/24", "ports": "3306" },
        { "direction": "egress", "cidr": "0.0.0.0/0", "ports": "all", "policy": "drop", "priority": 10 }
      ]
    }
  },
  "resourceGroups": {
    "rg-a": {
      "type": "exclusiveDataIntegration",
      "account": "main",
      "region": "cn-hangzhou",
      "vpcBindings": [
        { "vpc": "vpc-a", "vSwitch": "vsw-a", "securityGroup": "sg-a", "routes": ["10.0.0.0/8"] }
      ],
      "eip": "39.0.0.1"
    }
  },
  "dataSources": {
    "ds-vpc": {
      "engine": "mysql",
      "hosting": "managed",
      "network": { "type": "vpc", "vpc": "vpc-a", "address": "10.0.0.10", "port": 3306 },
      "whitelist": ["10.0.0.0/24"],
      "securityGroup": "sg-a"
    },
    "ds-idc": { "engine": "oracle", "network": { "type": "dataCenter", "dataCenter": "idc-a" } },
    "ds-internet": { "engine": "kafka", "network": { "type": "internet", "address": "8.8.8.8" } },
    "ds-classic": { "engine": "redis", "network": { "type": "classic" } }
  },
  "tasks": {
    "task-sync": { "kind": "sync", "resourceGroup": "rg-a", "source": "ds-vpc", "destination": "ds-idc" },
    "task-schedule": { "kind": "schedule", "resourceGroup": "rg-a", "dataSources": ["ds-internet"] }
  }
}
`;
