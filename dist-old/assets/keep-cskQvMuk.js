var e=`---
id: keep
title: What KEEP is and what each session covers
category: Training and development
summary: What the KEEP group programme for carers is, which version fits your child, and what the sessions cover.
audience: carers
lastReviewed: 2026-11-01
order: 3
---
# What KEEP is and what each session covers

## What KEEP is

KEEP stands for Keeping Foster and Kinship Carers Supported. It is a group programme for foster carers and kinship carers. It helps you manage children's behaviour and build a warm, steady relationship with them. It also helps you cope with the stress of caring.

It is practical. You try ideas at home during the week and talk about how it went at the next session.

## Which programme

| Programme | For carers of children aged |
| --- | --- |
| KEEP P | 3 to 6 |
| KEEP Standard | 5 to 12 |
| KEEP Safe | 12 to 17 |

Your fostering service chooses the programme based on the child you care for.

## How it works

- **16 weekly sessions** of about 90 minutes, unless your fostering service tells you otherwise.
- Groups of about 8 to 10 households.
- Two trained facilitators run each group.
- Each week, a facilitator calls you for a short check-in about the child's behaviour that week and how you are feeling.
- If you miss a session, the facilitators will help you catch up, for example with a home visit or a video call.

## What the sessions cover

The exact order is set by your facilitators. Across the programme, sessions cover these themes.

| Theme | What you practise |
| --- | --- |
| Getting started | Getting to know the group, noticing the behaviour you want to see more of |
| Encouragement | Praise that works, small rewards and charts |
| Clear instructions | Asking in a way that children are more likely to follow |
| Setting limits | Calm, fair and short consequences, avoiding arguments |
| Stress and self-care | Spotting your own stress and finding ways to recover |
| School and learning | Supporting homework, working with teachers |
| Friendships | Helping children get on with others |
| Looking ahead | Keeping up what works after the group ends |

KEEP Safe also covers things that matter more for teenagers, such as risky behaviour, friends, relationships and staying safe, and giving them more independence.

KEEP P focuses on young children, such as routines, play and getting ready for school.

## What to bring

Just yourself and examples from your week. There are no exams. You will not be judged on your parenting.

## Why do it

Carers often say KEEP gives them new ideas, confidence and friends who understand. It can count towards your training and development. See [Training, Support and Development standards](tsd-standards).

## How to join

Ask your supervising social worker. They can refer you, or you can ask to join yourself.

See also [Looking after yourself](looking-after-yourself).
`;export{e as default};