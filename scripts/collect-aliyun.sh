#!/usr/bin/env bash
# Saves the Alibaba Cloud API responses `dwnet import aliyun <dir>` reads. Read-only calls only.
# GENERATED from core/src/import/aliyun/collect.ts (aliyunCollectionScript); do not edit by hand:
# UPDATE_COLLECTOR=1 npx vitest run core/test/import/aliyun-collect.test.ts rewrites it.
#
# Usage: scripts/collect-aliyun.sh <out-dir> <region> [<region>...]
#   Needs the aliyun CLI (configured with a profile that has the policy below) and jq.
#   `dwnet import aliyun --print-commands` lists the same commands.
#   The saved responses may hold data source credentials (ListDataSources): keep the folder
#   private. dwnet import aliyun never copies them into the topology.
#
# RAM policy:
#   {
#     "Version": "1",
#     "Statement": [
#       {
#         "Effect": "Allow",
#         "Action": [
#           "cen:DescribeCenAttachedChildInstances",
#           "cen:DescribeCens",
#           "cen:ListTransitRouterVpcAttachments",
#           "dataworks:ListDataSources",
#           "dataworks:ListNetworks",
#           "dataworks:ListProjects",
#           "dataworks:ListResourceGroups",
#           "dataworks:ListRoutes",
#           "dataworks:ListTasks",
#           "ecs:DescribeInstances",
#           "ecs:DescribeSecurityGroupAttribute",
#           "ecs:DescribeSecurityGroups",
#           "polardb:DescribeDBClusterAccessWhitelist",
#           "polardb:DescribeDBClusterEndpoints",
#           "polardb:DescribeDBClusters",
#           "rds:DescribeDBInstanceIPArrayList",
#           "rds:DescribeDBInstanceNetInfo",
#           "rds:DescribeDBInstances",
#           "vpc:DescribeCustomerGateways",
#           "vpc:DescribeEipAddresses",
#           "vpc:DescribeNatGateways",
#           "vpc:DescribeRouteEntryList",
#           "vpc:DescribeRouteTableList",
#           "vpc:DescribeSnatTableEntries",
#           "vpc:DescribeVSwitches",
#           "vpc:DescribeVirtualBorderRouters",
#           "vpc:DescribeVpcs",
#           "vpc:DescribeVpnConnections",
#           "vpc:DescribeVpnGateways",
#           "vpc:ListVpcPeerConnections"
#         ],
#         "Resource": "*"
#       }
#     ]
#   }
set -uo pipefail

if [ "$#" -lt 2 ]; then
  echo "usage: $0 <out-dir> <region> [<region>...]" >&2
  exit 2
fi
for tool in aliyun jq; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is not installed" >&2; exit 2; }
done
out=$1
shift

# save <file> <aliyun arguments...>: one response, kept only when the call succeeds.
save() {
  local file=$1
  shift
  mkdir -p "$(dirname "$file")"
  if aliyun "$@" >"$file.tmp" 2>"$file.err"; then
    mv "$file.tmp" "$file"
    rm -f "$file.err"
  else
    echo "failed: aliyun $* (see $file.err)" >&2
    rm -f "$file.tmp"
    return 1
  fi
}

# paged <base> <size> <aliyun arguments...>: PageNumber/PageSize until TotalCount is reached.
paged() {
  local base=$1 size=$2 page=1 file total served
  shift 2
  while :; do
    file="$base.json"
    [ "$page" -gt 1 ] && file="$base.$page.json"
    save "$file" "$@" --PageSize "$size" --PageNumber "$page" || return 0
    total=$(jq -r '[.. | objects | .TotalCount? | numbers][0] // 0' "$file")
    served=$(jq -r --argjson size "$size" '[.. | objects | .PageSize? | numbers][0] // $size' "$file")
    [ "$served" -gt 0 ] || return 0
    [ $((page * served)) -ge "$total" ] && return 0
    page=$((page + 1))
  done
}

# tokened <base> <size-parameter> <size> <aliyun arguments...>: NextToken paging.
tokened() {
  local base=$1 param=$2 size=$3 page=1 file token=""
  shift 3
  while :; do
    file="$base.json"
    [ "$page" -gt 1 ] && file="$base.$page.json"
    if [ -n "$token" ]; then
      save "$file" "$@" "--$param" "$size" --NextToken "$token" || return 0
    else
      save "$file" "$@" "--$param" "$size" || return 0
    fi
    token=$(jq -r '.NextToken // empty' "$file")
    [ -z "$token" ] && return 0
    page=$((page + 1))
  done
}

# ids <folder> <operation> <jq path>: the ids earlier responses hold.
ids() {
  local folder=$1 operation=$2 path=$3
  ls "$folder"/"$operation".json "$folder"/"$operation".*.json 2>/dev/null | xargs -r jq -r "$path // empty" 2>/dev/null | sort -u
}

# CEN instances
paged "$out/global/DescribeCens" 50 cbn DescribeCens
# VPCs and VBRs attached to each CEN
for id in $( { ids "$out/global" DescribeCens '.Cens.Cen[].CenId'; } | sort -u); do
  paged "$out/global/DescribeCenAttachedChildInstances.$id" 50 cbn DescribeCenAttachedChildInstances --CenId "$id"
done

for region in "$@"; do
  # VPCs
  paged "$out/$region/DescribeVpcs" 50 vpc DescribeVpcs --region "$region" --RegionId "$region"
  # vSwitches
  paged "$out/$region/DescribeVSwitches" 50 vpc DescribeVSwitches --region "$region" --RegionId "$region"
  # NAT gateways
  paged "$out/$region/DescribeNatGateways" 50 vpc DescribeNatGateways --region "$region" --RegionId "$region"
  # SNAT entries of each NAT gateway
  for id in $( { ids "$out/$region" DescribeNatGateways '.NatGateways.NatGateway[].NatGatewayId'; } | sort -u); do
    paged "$out/$region/DescribeSnatTableEntries.$id" 50 vpc DescribeSnatTableEntries --region "$region" --RegionId "$region" --NatGatewayId "$id"
  done
  # EIPs and what they are bound to
  paged "$out/$region/DescribeEipAddresses" 100 vpc DescribeEipAddresses --region "$region" --RegionId "$region"
  # route tables
  paged "$out/$region/DescribeRouteTableList" 50 vpc DescribeRouteTableList --region "$region" --RegionId "$region"
  # Express Connect virtual border routers
  paged "$out/$region/DescribeVirtualBorderRouters" 50 vpc DescribeVirtualBorderRouters --region "$region" --RegionId "$region"
  # route entries of each route table (data center CIDR blocks behind VBRs)
  for id in $( { ids "$out/$region" DescribeRouteTableList '.RouterTableList.RouterTableListType[].RouteTableId'; ids "$out/$region" DescribeVirtualBorderRouters '.VirtualBorderRouterSet.VirtualBorderRouterType[].RouteTableId'; } | sort -u); do
    tokened "$out/$region/DescribeRouteEntryList.$id" MaxResult 100 vpc DescribeRouteEntryList --region "$region" --RegionId "$region" --RouteTableId "$id"
  done
  # VPN gateways
  paged "$out/$region/DescribeVpnGateways" 50 vpc DescribeVpnGateways --region "$region" --RegionId "$region"
  # IPsec connections and their remote subnets
  paged "$out/$region/DescribeVpnConnections" 50 vpc DescribeVpnConnections --region "$region" --RegionId "$region"
  # customer gateways
  paged "$out/$region/DescribeCustomerGateways" 50 vpc DescribeCustomerGateways --region "$region" --RegionId "$region"
  # VPC peering connections
  tokened "$out/$region/ListVpcPeerConnections" MaxResults 100 vpcpeer ListVpcPeerConnections --region "$region" --RegionId "$region"
  # transit router VPC attachments of each CEN
  for id in $( { ids "$out/global" DescribeCens '.Cens.Cen[].CenId'; } | sort -u); do
    tokened "$out/$region/ListTransitRouterVpcAttachments.$id" MaxResults 100 cbn ListTransitRouterVpcAttachments --region "$region" --RegionId "$region" --CenId "$id"
  done
  # security groups
  paged "$out/$region/DescribeSecurityGroups" 50 ecs DescribeSecurityGroups --region "$region" --RegionId "$region"
  # rules of each security group
  for id in $( { ids "$out/$region" DescribeSecurityGroups '.SecurityGroups.SecurityGroup[].SecurityGroupId'; } | sort -u); do
    save "$out/$region/DescribeSecurityGroupAttribute.$id.json" ecs DescribeSecurityGroupAttribute --region "$region" --RegionId "$region" --SecurityGroupId "$id"
  done
  # ECS instances (private IPs and security groups of self-managed databases)
  paged "$out/$region/DescribeInstances" 100 ecs DescribeInstances --region "$region" --RegionId "$region"
  # RDS instances
  paged "$out/$region/DescribeDBInstances" 100 rds DescribeDBInstances --region "$region" --RegionId "$region"
  # addresses of each RDS instance
  for id in $( { ids "$out/$region" DescribeDBInstances '.Items.DBInstance[].DBInstanceId'; } | sort -u); do
    save "$out/$region/DescribeDBInstanceNetInfo.$id.json" rds DescribeDBInstanceNetInfo --region "$region" --DBInstanceId "$id"
  done
  # whitelists of each RDS instance
  for id in $( { ids "$out/$region" DescribeDBInstances '.Items.DBInstance[].DBInstanceId'; } | sort -u); do
    save "$out/$region/DescribeDBInstanceIPArrayList.$id.json" rds DescribeDBInstanceIPArrayList --region "$region" --DBInstanceId "$id"
  done
  # PolarDB clusters
  paged "$out/$region/DescribeDBClusters" 100 polardb DescribeDBClusters --region "$region" --RegionId "$region"
  # addresses of each PolarDB cluster
  for id in $( { ids "$out/$region" DescribeDBClusters '.Items.DBCluster[].DBClusterId'; } | sort -u); do
    save "$out/$region/DescribeDBClusterEndpoints.$id.json" polardb DescribeDBClusterEndpoints --region "$region" --DBClusterId "$id"
  done
  # whitelists of each PolarDB cluster
  for id in $( { ids "$out/$region" DescribeDBClusters '.Items.DBCluster[].DBClusterId'; } | sort -u); do
    save "$out/$region/DescribeDBClusterAccessWhitelist.$id.json" polardb DescribeDBClusterAccessWhitelist --region "$region" --DBClusterId "$id"
  done
  # DataWorks resource groups (serverless and exclusive)
  paged "$out/$region/ListResourceGroups" 100 dataworks-public ListResourceGroups --region "$region" --ResourceGroupTypes '["CommonV2","ExclusiveDataIntegration","ExclusiveScheduler","ExclusiveDataService"]' --version 2024-05-18 --force
  # VPC bindings of each serverless resource group
  for id in $( { ids "$out/$region" ListResourceGroups '.PagingInfo.ResourceGroupList[] | select(.ResourceGroupType == "CommonV2") | .Id'; } | sort -u); do
    paged "$out/$region/ListNetworks.$id" 100 dataworks-public ListNetworks --region "$region" --ResourceGroupId "$id" --version 2024-05-18 --force
  done
  # routes of each binding
  for id in $( { ids "$out/$region" ListResourceGroups '.PagingInfo.ResourceGroupList[] | select(.ResourceGroupType == "CommonV2") | .Id'; } | sort -u); do
    paged "$out/$region/ListRoutes.$id" 100 dataworks-public ListRoutes --region "$region" --ResourceGroupId "$id" --version 2024-05-18 --force
  done
  # DataWorks workspaces (their ids only)
  paged "$out/$region/ListProjects" 100 dataworks-public ListProjects --region "$region" --version 2024-05-18 --force
  # data sources of each workspace (the importer keeps no credential)
  for id in $( { ids "$out/$region" ListProjects '.PagingInfo.Projects[].Id'; } | sort -u); do
    paged "$out/$region/ListDataSources.project-$id" 100 dataworks-public ListDataSources --region "$region" --ProjectId "$id" --version 2024-05-18 --force
  done
  # tasks of each workspace (resource group and data source)
  for id in $( { ids "$out/$region" ListProjects '.PagingInfo.Projects[].Id'; } | sort -u); do
    paged "$out/$region/ListTasks.project-$id" 100 dataworks-public ListTasks --region "$region" --ProjectId "$id" --version 2024-05-18 --force
  done
done
echo "saved to $out; now: dwnet import aliyun $out -o network.dwnet.json"
