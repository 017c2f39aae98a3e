/**
 * The starter file of `STS: New Model`: a small bakery that passes every check
 * and shows each part of the language once, with a comment saying what it is.
 * Kept free of `vscode` so the tests can check it with the real checks.
 */
export const NEW_MODEL_TEMPLATE = `// A starter model: a small bakery. Replace it with your own business.
// Hover a name to see what it is linked to; findings appear as you type.
system CornerBakery "Corner bakery"

// People and roles (the social side). 'count' is a headcount.
actor Owner "Owner-manager" {
  skills baking, bookkeeping
  trained on Till
}
actor Bakers "Bakers" {
  kind role
  count 2
  skills baking, bookkeeping
  trained on Till
}
actor Customer { kind customer }

// Tools (the technical side), each with someone responsible for it.
tool Till "Cash register" {
  kind device
  owner Owner
}

// The work. Every task has one accountable owner.
task Bake "Bake the day's bread" {
  owner Bakers
  needs baking
}
task Sell "Sell at the counter" {
  owner Bakers
  uses Till
}
task CloseDay "Count the till" {
  owner Owner
  performed by Bakers
  uses Till
  needs bookkeeping
}

// A process: tasks joined by handoffs, 'From -> To "what passes"'.
process Morning "Morning service" {
  owner Owner
  trigger "the shop opens"
  Bake -> Sell "fresh bread"
  Sell -> CloseDay "the day's takings"
  outcome "bread sold, till counted"
}

// What flows back to the person who can change the process.
feedback Comments "What customers say" {
  from Customer to Owner
  about Morning
  every week
}

// A measure with a target, an owner and a review cadence.
metric SoldOut "Days the bread sold out before noon" {
  measures Morning
  target "at most 2 a week"
  owner Owner
  review weekly
}
`;
