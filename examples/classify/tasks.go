package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// setTasks reads -task: task names separated by commas, each at most once.
func (c *config) setTasks(s string) error {
	c.tasks = nil
	for t := range strings.SplitSeq(s, ",") {
		t = strings.TrimSpace(t)
		switch {
		case t == "":
			return fmt.Errorf("%q: empty task name", s)
		case slices.Contains(c.tasks, t):
			return fmt.Errorf("%q: task %s given twice", s, t)
		}
		if err := stance.ValidateTask(t); err != nil {
			return err
		}
		c.tasks = append(c.tasks, t)
	}
	return nil
}

// setModel reads one -model: TASK=FILE for a task, or FILE for the stance
// task. TASK is ASCII letters, digits, '_' and '-' (stance.ValidateTask),
// so a path with an '=' in it reads as FILE when what precedes the '=' is
// no task name (write ./a=b.json otherwise).
func (c *config) setModel(s string) error {
	task, file := stance.TaskStance, s
	if t, f, ok := strings.Cut(s, "="); ok && t != "" && stance.ValidateTask(t) == nil {
		task, file = t, f
	}
	if file == "" {
		return fmt.Errorf("%q: no file", s)
	}
	if task == stance.TaskStance && c.model != "" || c.taskModels[task] != "" {
		return fmt.Errorf("%q: a second model for task %s", s, task)
	}
	if task == stance.TaskStance {
		c.model = file
		return nil
	}
	if c.taskModels == nil {
		c.taskModels = map[string]string{}
	}
	c.taskModels[task] = file
	return nil
}

// checkTasks fills in the default task, stance, and checks that every
// -model is for a task asked for.
func (c *config) checkTasks() error {
	if len(c.tasks) == 0 {
		c.tasks = []string{stance.TaskStance}
	}
	for t := range c.taskModels {
		if !slices.Contains(c.tasks, t) {
			return fmt.Errorf("-model %s=%s: task %s is not among -task %s", t, c.taskModels[t], t, strings.Join(c.tasks, ","))
		}
	}
	if c.model != "" && !slices.Contains(c.tasks, stance.TaskStance) {
		return fmt.Errorf("-model %s is the stance model, but -task is %s (give another task's model as -model TASK=FILE)", c.model, strings.Join(c.tasks, ","))
	}
	return nil
}

// fileOf returns the model file given for a task, "" for its default. A
// model file whose recorded task is another one is refused when it is
// loaded (loadRouters), so that a tone model is never read as stances.
func (c *config) fileOf(task string) string {
	if task == stance.TaskStance {
		return c.model
	}
	return c.taskModels[task]
}
