import { createApp } from 'vue';
import 'framework-advisor';
import App from './App.vue';

createApp(App).mount('#app');
