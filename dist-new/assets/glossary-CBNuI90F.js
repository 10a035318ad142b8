var e=`---
id: glossary
title: Glossary of fostering terms
category: About fostering
summary: Plain-English meanings of the words and abbreviations you will hear in fostering.
audience: carers
lastReviewed: 2026-11-01
order: 3
---
# Glossary of fostering terms

Fostering uses a lot of special words and short forms. This page explains the common ones in plain English. If you hear a word that is not here, ask your supervising social worker what it means. It is always fine to ask.

## People

| Term | What it means |
| --- | --- |
| Child's social worker | The social worker responsible for the child's care plan. Sometimes called the child's allocated worker |
| Supervising social worker | Your social worker. They support, supervise and train you as a carer. Sometimes called a link worker |
| Independent reviewing officer (IRO) | A social worker, separate from the child's team, who chairs the child's reviews and checks the care plan is working |
| Designated teacher | A teacher in every school who supports children in care |
| Virtual school head | The person in each council who leads on the education of the children it looks after |
| LADO | Local authority designated officer. Oversees how allegations against people who work with children are handled |
| Agency decision maker (ADM) | The senior manager who makes the final decision on approving foster carers, after the panel |
| Hub home carer | The experienced carer at the centre of a Mockingbird constellation |
| Liaison worker | The fostering service worker who supports a Mockingbird constellation |
| Connected person | A relative, friend or other person who already knows the child and is assessed to foster them. Also called a family and friends or kinship carer |

## The child's legal status and plans

| Term | What it means |
| --- | --- |
| Looked-after child | A child in the care of a council, either by agreement with their parents or by a court order. Many people now say "child in care" |
| Parental responsibility | The legal rights and duties of a parent. Parents usually keep it when a child is in care. A council shares it under a care order |
| Section 20 | Part of the Children Act 1989. A child is in care by agreement with their parents, not by a court order |
| Care order | A court order that places a child in the care of a council |
| Care plan | The overall plan for the child's future, written by the child's social worker |
| Placement plan | The plan for the child's time with you. Says who can make which decisions |
| Delegated authority | The everyday decisions you are allowed to make for the child. See [Delegated authority](delegated-authority) |
| Looked-after child review | A regular meeting, chaired by the IRO, that checks the child's care plan |
| Permanence | A long-term, stable home for the child, such as long-term fostering, going home, adoption or special guardianship |
| Special guardianship order (SGO) | A court order that gives a carer, often a relative, parental responsibility until the child is 18 |
| Staying Put | An arrangement where a young person can stay with their foster carers after they turn 18 |

## The child's daily life

| Term | What it means |
| --- | --- |
| Family time | Time a child spends with family members. Used to be called contact. See [Family time](family-time) |
| Personal education plan (PEP) | The plan for the child's education, reviewed with the school. See [Education and the virtual school](education-virtual-school) |
| Pupil Premium Plus | Extra money for schools to support children in care |
| Health assessment | A regular check of the child's health. See [Health assessments](health-assessments) |
| SDQ | Strengths and difficulties questionnaire. A short form about the child's feelings and behaviour |
| Life story work | Helping a child understand their history, often with a book of photos and memories |
| Return home interview | A talk with someone independent after a child has been missing |
| Respite or short break | A planned break where a child stays with another carer for a short time |
| Placement ending | When a child leaves a foster home. When it is unplanned, it may be called a disruption |

## Your approval and development

| Term | What it means |
| --- | --- |
| Assessment | The process of finding out whether someone can foster. It has two stages |
| Form F | The report written about a mainstream applicant during assessment |
| Form C | The report written about a connected person applicant |
| Fostering panel | A group of people with different experience who recommend whether to approve a carer |
| Terms of approval | The number, ages and type of children you are approved to care for |
| Annual review | A regular check of your approval. See [Your annual review](reviews) |
| Qualifying determination | A letter saying the fostering service plans not to approve you, or to end or change your approval. You have 28 days to respond |
| Independent review mechanism (IRM) | A national service that can review a qualifying determination, if you ask it to |
| Deregistration | When a carer's approval ends, for example when they resign |
| TSD standards | Training, Support and Development standards that every carer completes after approval. See [Training, Support and Development standards](tsd-standards) |
| KEEP | A group programme that helps carers manage behaviour and stress. See [What KEEP is](keep) |
| Mockingbird | A model where a hub home supports a group of nearby fostering households. See [Mockingbird](mockingbird) |
| Constellation | The group of households in a Mockingbird network |
| Safer caring plan | Your household's written plan to keep everyone safe. See [Safer caring](safer-caring) |
| Supervision | Regular meetings with your supervising social worker to talk about your fostering and your support needs |

## Money

| Term | What it means |
| --- | --- |
| Allowance | Money to cover the cost of caring for the child. See [Allowances and fees explained](allowances-and-fees) |
| Fee | Payment for your time and skills. Also called a skills payment or reward element |
| Tier or level | A band your fostering service places you in, which may set your fee |
| Qualifying care relief | A tax relief that means most foster carers pay little or no tax on fostering income |

## Services and organisations

| Term | What it means |
| --- | --- |
| Fostering service | The organisation that approves and supports you. For you, this is {{service.name}} |
| Independent fostering agency (IFA) | A fostering service that is not run by a council |
| Ofsted | The body that inspects fostering services in England |
| Out-of-hours team | Also called the emergency duty team. Social care help at night, at weekends and on bank holidays. See [Out-of-hours support](out-of-hours) |
| Virtual school | A council team that supports the education of children in its care. It is not a real school |
`;export{e as default};