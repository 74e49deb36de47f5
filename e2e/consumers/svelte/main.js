import { mount } from 'svelte';
import 'framework-advisor';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
