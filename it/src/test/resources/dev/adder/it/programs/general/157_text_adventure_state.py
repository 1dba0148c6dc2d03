# a state machine driven by a command script
rooms = {
    "hall": {"north": "library", "east": "kitchen", "items": ["lamp"]},
    "library": {"south": "hall", "items": ["book", "key"]},
    "kitchen": {"west": "hall", "items": []},
}
state = {"room": "hall", "inventory": []}
script = ["look", "take lamp", "go north", "take key", "take sword", "go west", "go south",
          "go east", "drop lamp", "look", "inventory"]
for cmd in script:
    verb, _, arg = cmd.partition(" ")
    room = rooms[state["room"]]
    if verb == "look":
        print(f"[{state['room']}] items: {room['items']}, exits: {sorted(k for k in room if k != 'items')}")
    elif verb == "go":
        if arg in room:
            state["room"] = room[arg]
            print("you go", arg, "to", state["room"])
        else:
            print("you can't go", arg)
    elif verb == "take":
        if arg in room["items"]:
            room["items"].remove(arg)
            state["inventory"].append(arg)
            print("taken", arg)
        else:
            print("no", arg, "here")
    elif verb == "drop":
        state["inventory"].remove(arg)
        room["items"].append(arg)
        print("dropped", arg)
    elif verb == "inventory":
        print("carrying", state["inventory"])
