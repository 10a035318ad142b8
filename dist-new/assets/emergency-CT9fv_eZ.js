var e=`---
id: emergency
title: What to do in an emergency
category: Emergencies and safety
summary: What to do first when a child is hurt, in danger or very unwell, and who to tell afterwards.
audience: carers
lastReviewed: 2026-11-01
order: 1
---
# What to do in an emergency

If a child is in danger now, call 999.

## Do this first

1. **Make everyone safe.** Move the child, and anyone else, away from the danger if you can do it safely.
2. **Call 999** if someone is badly hurt, very ill, in danger, or a crime is happening now. Ask for an ambulance, the police or the fire service.
3. **Follow the call handler.** Stay on the line. Answer their questions. Do what they tell you.
4. **Stay with the child.** Keep them warm and calm. Tell them, in simple words, what is happening.
5. **Take the child's medicines and health details** if they go to hospital, if you can grab them quickly.

You do not need anyone's permission to call 999. Keeping the child safe always comes first.

## If it is urgent but not an emergency

- For an illness or injury that is not life-threatening, call 111. They will tell you where to go.
- To report a crime that is not happening now, call 101.

## Tell your fostering service

As soon as the child is safe, tell {{service.name}}.

- **In office hours**, call the duty line on {{service.dutyPhone}}.
- **At night, at weekends and on bank holidays**, call the out-of-hours team on {{service.outOfHoursPhone}}.

Tell them:

- what happened, and when
- where the child is now, and who is with them
- who you have called (ambulance, police, hospital)
- anything the child said about what happened

The team will let the child's social worker know. You do not have to contact the child's parents yourself unless the plan for the child says you should.

## Write it down

Within a day, write down:

- the date and times
- what you saw and heard, in plain facts
- what the child said, in their own words
- who you spoke to, and what they said

Send your notes to your supervising social worker. Keep a copy safe and private. See [Safer caring](safer-caring) for how to keep records.

## Be ready before it happens

- Save the out-of-hours number in your phone now.
- Keep each child's medicines, allergies and GP details in one place you can reach fast.
- Know who would look after the other children if you had to go to hospital.
- Talk through your plan with your supervising social worker at your next visit.

## Afterwards

An emergency is frightening for you too. It is normal to feel shaken, even days later. Talk to your supervising social worker. See [Looking after yourself](looking-after-yourself) and [Out-of-hours support](out-of-hours).

If the emergency was about a child going missing, read [When a child goes missing](missing-child). If someone has made a complaint or allegation about your care, read [If an allegation is made](allegations).
`;export{e as default};