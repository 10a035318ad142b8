var e=`---
id: education-virtual-school
title: Education and the virtual school
category: The child's life
summary: How school works for a child in care, the personal education plan, and who to ask for help.
audience: carers
lastReviewed: 2026-11-01
order: 3
---
# Education and the virtual school

If a child is excluded from school, or has no school place, tell the child's social worker the same day.

## Who helps with a child's education

| Who | What they do |
| --- | --- |
| You | Help with homework, reading and routines. Go to parents' evenings. Talk to the school |
| The child's social worker | Plans the child's education with you as part of the care plan |
| The designated teacher | A teacher in every school who has the job of supporting children in care |
| The virtual school | A team in each council that helps the education of all the children it looks after. It is led by the virtual school head |

The virtual school is not a real school. Children do not go there. It works with schools and carers to help children in care do well.

## The personal education plan (PEP)

Every child in care of school age has a personal education plan, often called a PEP. Younger children may have one from nursery.

- It says how the child is doing, what help they need, and their goals.
- A meeting to review it is usually held each term.
- You should be invited. The child can come too.
- The designated teacher and the child's social worker usually lead it.

Ask questions. Say what you see at home. You know the child well.

## Extra funding

Schools can get extra money for children in care. It is often called Pupil Premium Plus. The virtual school decides how it is used, with the school. It should pay for things that help the child learn, such as tutoring. Ask at the PEP meeting how it is being spent.

## Getting a school place

Children in care have top priority when schools decide who gets a place. If a child moves to you and needs a new school, the child's social worker and the virtual school should help find one quickly. Keeping the same school is often best for the child, if it is possible.

## If there are problems at school

1. Talk to the class teacher or the designated teacher.
2. Tell the child's social worker.
3. Ask for an early PEP meeting.
4. Ask the virtual school for advice.

If a child is at risk of exclusion, tell the child's social worker and the virtual school straight away. They can help the school find another way.

## Special educational needs

If you think the child has special educational needs, talk to the school's special needs coordinator and the designated teacher. The virtual school can help too.

## Everyday support at home

- Read together, whatever the child's age.
- Keep a quiet place and time for homework.
- Praise effort, not only results.
- Keep school reports and certificates safe for the child's life story.

See also [Delegated authority](delegated-authority) for school trips and clubs.
`;export{e as default};