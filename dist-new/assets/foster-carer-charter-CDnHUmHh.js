var e=`---
id: foster-carer-charter
title: The foster carer charter
category: About fostering
summary: What a foster carer charter is, what you can expect from your fostering service, and what it expects from you.
audience: carers
lastReviewed: 2026-11-01
order: 2
---
# The foster carer charter

## What a charter is

A foster carer charter is a set of promises. It says what foster carers can expect from their fostering service, and what the service expects from carers. The aim is to help everyone work together for children.

There is a national charter for England. Many fostering services, including councils, build their own local charter on it. Ask {{service.name}} for a copy of its charter.

A charter is not law. It is a statement of good practice. The law and the national standards for fostering still apply.

## Children come first

Every charter starts with the child. Children in care should:

- feel safe, loved and part of the family
- be listened to, and have a say in decisions about their lives
- have an ordinary childhood, with friends, clubs and sleepovers
- keep in touch with people who matter to them

## What you can expect from your fostering service

Charters usually promise that carers will be:

1. **Treated with respect**, as people with skills and knowledge about the child.
2. **Given full information** about a child before they arrive, or as soon as possible in an emergency.
3. **Involved in decisions** about the child, and invited to meetings.
4. **Allowed to make everyday decisions** for the child. See [Delegated authority](delegated-authority).
5. **Supported**, with a supervising social worker, out-of-hours help and chances to meet other carers.
6. **Trained**, with learning that fits the children they care for.
7. **Paid fairly and on time**, with clear information about allowances and fees. See [Allowances and fees explained](allowances-and-fees).
8. **Treated fairly if there is an allegation**, with clear information, updates and independent support. See [If an allegation is made](allegations).

## What your fostering service expects from you

Charters usually ask carers to:

- care for each child as part of the family, and respect their identity and background
- work with the child's social worker, school and family
- support family time as set out in the child's plan
- keep good records and share important information
- follow the safer caring plan. See [Safer caring](safer-caring).
- keep learning and take part in supervision and reviews
- tell the service about changes in your household

## If promises are not kept

1. Talk to your supervising social worker first.
2. If that does not help, ask to speak to their manager.
3. You can make a formal complaint. Ask for the complaints procedure.

Your feedback helps the service improve. You can also give feedback at your annual review. See [Your annual review](reviews).

## Have your say

Many fostering services have a carers' forum or group that meets with managers. Ask your supervising social worker how to get involved, or email {{service.email}}.
`;export{e as default};