# a discrete event simulation with a sorted event list
events = []
def schedule(t, name, action=None):
    events.append((t, len(events), name, action))
    events.sort()
log = []
def arrive(t, who):
    log.append(f"{t:>3}: {who} arrives")
    schedule(t + 5, f"{who} served", lambda t: log.append(f"{t:>3}: {who} leaves"))
for i, who in enumerate(["ann", "bob", "cy"]):
    schedule(i * 3, f"arrival {who}", lambda t, who=who: arrive(t, who))
schedule(20, "close", lambda t: log.append(f"{t:>3}: closing"))
while events:
    t, _, name, action = events.pop(0)
    if action:
        action(t)
print("\n".join(log))
