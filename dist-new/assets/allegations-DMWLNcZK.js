var e=`---
id: allegations
title: If an allegation is made
category: Emergencies and safety
summary: What happens if someone says a child in your care has been harmed, what you should and should not do, and the support you can get.
audience: carers
lastReviewed: 2026-11-01
order: 3
---
# If an allegation is made

If a child is in danger now, call 999.

An allegation is when someone says that a foster carer, or someone in the household, has harmed a child or may have harmed a child. It can come from the child, a parent, a school or anyone else. Allegations happen to many carers. Most carers continue to foster afterwards.

## If a child tells you something

1. **Listen calmly.** Let the child talk. Do not ask leading questions.
2. **Do not promise to keep it secret.** Say you will need to tell people who can help.
3. **Write it down straight away.** Use the child's own words. Note the date, time and who was there.
4. **Tell your fostering service today.** Call the duty line on {{service.dutyPhone}}, or out of hours call {{service.outOfHoursPhone}}.

## If the allegation is about you or your household

1. **Stay calm and polite.** Being upset is normal.
2. **Do not try to find out more yourself.** Do not question the child or talk to them about it.
3. **Do not contact the person who made the allegation** about it.
4. **Write down what you remember** of the events, with dates and times, as soon as you can.
5. **Ask your supervising social worker what happens next** and what support you can have.

## What usually happens

- Your fostering service tells the local authority designated officer (LADO). The LADO oversees how allegations about people who work with children are handled. You can ask the LADO how the process works on {{service.ladoPhone}}.
- A meeting decides what needs to happen. It may be an inquiry by the fostering service, a child protection inquiry, or a police investigation.
- Sometimes children are moved while things are looked into. This is not a finding that you did anything wrong.
- You should be told what the allegation is, unless the police ask for this to wait.
- You should be kept up to date and told the outcome in writing.

## Support you can have

- Your fostering service should make sure you can get **independent support** during an investigation. This is someone who is not involved in deciding the outcome. Ask your supervising social worker how to arrange it.
- You can speak to a solicitor, or to a national support organisation for foster carers.
- Your supervising social worker still supports you, although they may not be able to discuss every detail.
- Your fostering service's policy says what happens to fees and allowances while an allegation is looked into. Ask for a copy.

## Afterwards

When the investigation ends, your approval is usually looked at again in a review. See [Your annual review](reviews). Learning from what happened can help you feel safer. Your [safer caring](safer-caring) plan may be updated.

It is normal to feel angry, hurt or anxious. Look after yourself. See [Looking after yourself](looking-after-yourself).

## Keep good records

Good daily records help you and the child. Write down injuries, accidents, upsets and anything the child says, on the day. See [Keeping records](recording).
`;export{e as default};