# AWS Organizations (region "global"), from moto. moto 5.x knows no BEDROCK_POLICY type, so
# ListPolicies(Filter=BEDROCK_POLICY) is recorded (../recorded/111111111111/global/).
organization() { # creates the organization with an AI-services opt-out policy attached to the root
  aws_ organizations create-organization --feature-set ALL >/dev/null
  local root pid
  root=$(aws_ organizations list-roots --query 'Roots[0].Id' --output text)
  aws_ organizations enable-policy-type --root-id "$root" --policy-type AISERVICES_OPT_OUT_POLICY >/dev/null
  pid=$(aws_ organizations create-policy --name ai-services-opt-out --type AISERVICES_OPT_OUT_POLICY \
    --description "Opt every account out of AI service content use" \
    --content '{"services":{"default":{"opt_out_policy":{"@@assign":"optOut","@@operators_allowed_for_child_policies":["@@none"]}}}}' \
    --query Policy.PolicySummary.Id --output text)
  aws_ organizations attach-policy --policy-id "$pid" --target-id "$root"
}
dump_organizations() {
  local id
  dumpq organizations.DescribeOrganization '{}' organizations describe-organization
  grep -q '"error"' "$OUT/$ACCT/$REGION/organizations.DescribeOrganization.json" && return 0
  dump organizations.ListRoots organizations list-roots
  dump organizations.ListPolicies_AISERVICES_OPT_OUT_POLICY organizations list-policies --filter AISERVICES_OPT_OUT_POLICY
  for id in $(aws_ organizations list-policies --filter AISERVICES_OPT_OUT_POLICY --query 'Policies[].Id' --output text); do
    dump "organizations.DescribePolicy_$id" organizations describe-policy --policy-id "$id"
    dump "organizations.ListTargetsForPolicy_$id" organizations list-targets-for-policy --policy-id "$id"
  done
}
