var e=`---
id: staying-put
title: Staying Put after 18
category: Money
summary: How a young person can stay on with you after 18 and up to 21, what changes when you become a former foster carer, and how the payments change.
audience: carers
lastReviewed: 2026-11-30
order: 2
---
# Staying Put after 18

If you are not sure whether a young person can stay with you after their 18th birthday, call the duty line on {{service.dutyPhone}}. Plan it early: the best time to start talking about it is the young person's 16th birthday.

## What Staying Put is

Staying Put lets a young person who was in foster care go on living with their foster carers after they turn 18, up to their 21st birthday, if you and they both want it.

- In England it is the law. The Children and Families Act 2014 (section 98) gave local authorities a duty to advise, assist and support the young person and you, including with money, so the arrangement can last until the young person is 21.
- The local authority must agree that staying is right for the young person's welfare.
- It is planned in the young person's pathway plan, with their personal adviser and social worker.

## What changes at 18

- The young person is an adult and a care leaver. They are no longer a looked-after child, and the arrangement is no longer a foster placement.
- You become their **former foster carer**. You can still be approved as a foster carer for other children.
- The young person is now an adult living in your home. Your fostering service will ask them for the checks every adult in a fostering household needs, such as a DBS check, if you still foster other children. See [Safer caring](safer-caring).
- House rules are agreed as adults: a written agreement says what each of you expects, such as rent, chores and visitors.

## How payments change

- The fostering allowance for the young person stops at 18.
- In its place your local authority pays a **Staying Put allowance**. Each council sets its own rate and it is often lower than the fostering allowance and fee. Ask your fostering service for its policy before the birthday, in writing.
- The young person is usually expected to pay something towards their keep from their own money: wages, a training allowance, or benefits.
- If they have little income they may be able to claim Universal Credit, including help with housing costs (or Housing Benefit in some cases), and pass it to you as rent. The council then tops up the rest.
- Tax relief for foster carers (qualifying care relief) also covers Staying Put income. Check with HM Revenue and Customs and keep records as before.
- If you get benefits yourself, tell the office that pays them: who lives in your home, and what they pay you, have changed.

See [Allowances and fees explained](allowances-and-fees) for payments while you are still fostering.

## When it ends

Staying Put ends at 21, or sooner if the young person moves on. Their personal adviser stays with them until they are 25, and can help with the move.

## Where this comes from

- Children and Families Act 2014, section 98, which added the Staying Put duty to the Children Act 1989 (section 23CZA).
- Staying Put: arrangements for care leavers aged 18 and above to stay on with their former foster carers, guidance from the Department for Education, the Department for Work and Pensions and HM Revenue and Customs (2013).
- Your fostering service's own Staying Put policy, which sets the allowance and the young person's contribution.
`;export{e as default};